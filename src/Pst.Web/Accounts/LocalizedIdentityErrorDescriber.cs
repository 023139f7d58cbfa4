using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Pst.Web.Localization;

namespace Pst.Web.Accounts;

/// <summary>Identity's messages in the visitor's language. Only the errors our settings can produce are worded here.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with this email already exists.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with this email already exists.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "The email address is not valid.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "The email address is not valid.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "The password must have at least {0} characters.", length);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The current password is wrong.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "This link is invalid or has expired.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "The account was changed at the same time elsewhere. Try again.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Something went wrong. Try again.");

    private IdentityError Error(string code, string text, params object[] arguments) =>
        new() { Code = code, Description = localizer[text, arguments] };
}
