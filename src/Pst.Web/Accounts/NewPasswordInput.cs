using System.ComponentModel.DataAnnotations;

namespace Pst.Web.Accounts;

/// <summary>A new password typed twice, shared by the change-password and reset-password forms.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";
}
