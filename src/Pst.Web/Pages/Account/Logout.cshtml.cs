using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Data.Accounts;

namespace Pst.Web.Pages.Account;

/// <summary>Signing out is a POST (from the menu, or the button this page shows when opened by its address).</summary>
public sealed class LogoutModel(SignInManager<PstUser> signIn) : PageModel
{
    public IActionResult OnGet() => signIn.IsSignedIn(User) ? Page() : LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
