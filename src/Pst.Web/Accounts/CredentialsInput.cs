using System.ComponentModel.DataAnnotations;

namespace Pst.Web.Accounts;

/// <summary>The e-mail and password fields shared by the sign-in and registration forms.</summary>
public class CredentialsInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
