using Microsoft.AspNetCore.Mvc.RazorPages;
namespace Pst.Web.Pages;

/// <summary>The localised page shown for error status codes and unhandled exceptions.</summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
