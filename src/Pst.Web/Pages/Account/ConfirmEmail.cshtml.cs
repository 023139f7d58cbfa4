using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Identity;
using Pst.Data.Accounts;
using Pst.Web.Accounts;

namespace Pst.Web.Pages.Account;

public sealed class ConfirmEmailModel(UserManager<PstUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (userId is not null && AccountTokens.Decode(code) is { } token && await users.FindByIdAsync(userId) is { } user)
        {
            Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        }
    }
}
