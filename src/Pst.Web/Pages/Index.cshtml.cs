namespace Pst.Web.Pages;

public sealed class IndexModel : SitePageModel
{
    public void OnGet()
    {
    }
}
