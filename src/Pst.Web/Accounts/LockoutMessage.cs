using System.Globalization;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Data.Accounts;

namespace Pst.Web.Accounts;

/// <summary>Why a sign-in of a locked-out account is refused: deactivated by the office, or locked until a time (WIB) after failed attempts.</summary>
public static class LockoutMessage
{
    public static string For(PstUser? account, IStringLocalizer localizer) => account switch
    {
        not null when StaffAccounts.IsDeactivated(account) => localizer["This account is deactivated. Ask the office's administrator."],
        { LockoutEnd: { } end } => localizer["Too many failed attempts. The account is locked until {0} WIB; try again then.", OfficeTime.Local(end).ToString("HH.mm", CultureInfo.InvariantCulture)],
        _ => localizer["Too many failed attempts. The account is locked; try again later."],
    };
}
