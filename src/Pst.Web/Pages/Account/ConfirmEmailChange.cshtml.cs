using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Data.Accounts;
using Pst.Web.Accounts;

namespace Pst.Web.Pages.Account;

/// <summary>Opening the link sent to the new address makes it the account's e-mail and user name.</summary>
public sealed class ConfirmEmailChangeModel(UserManager<PstUser> users, SignInManager<PstUser> signIn) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(string? userId, string? email, string? code)
    {
        if (userId is null || email is null || AccountTokens.Decode(code) is not { } token || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        if (!(await users.ChangeEmailAsync(user, email, token)).Succeeded || !(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            return;
        }

        Changed = true;
        if (signIn.IsSignedIn(User) && users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
