using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Pst.Data.Accounts;

namespace Pst.Web.Pages.Account;

public sealed class ConfirmEmailModel(UserManager<PstUser> users) : SitePageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (userId is null || code is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
