using System.Text.Json;
using Pst.Core.Recipes;

namespace Pst.Core.Settings;

/// <summary>The shape of <see cref="OfficeSettings"/> as a recipe writes it.</summary>
public sealed class OfficeSettingDefinition : ISettingDefinition
{
    public string Key => OfficeSettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "name", "address", "phones", "fax", "email", "website", "complaintChannels", "signatory");
        validation.RequiredString(value, "name", path);
        validation.RequiredString(value, "address", path);
        validation.StringArray(value, "phones", path);
        if (value.TryGetProperty("email", out var email) && (email.ValueKind != JsonValueKind.String || !email.GetString()!.Contains('@', StringComparison.Ordinal)))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "email"), "Expected an e-mail address.");
        }

        if (value.TryGetProperty("signatory", out var signatory))
        {
            var signatoryPath = RecipeStepValidation.PathOf(path, "signatory");
            if (signatory.ValueKind != JsonValueKind.Object)
            {
                validation.Error(signatoryPath, "Expected an object.");
            }
            else
            {
                validation.OnlyProperties(signatory, signatoryPath, "position", "name", "nip");
                validation.RequiredString(signatory, "position", signatoryPath);
                if (signatory.TryGetProperty("nip", out var nip)
                    && (nip.ValueKind != JsonValueKind.String || nip.GetString()!.Replace(" ", "", StringComparison.Ordinal) is var digits && (digits.Length != 18 || !digits.All(char.IsAsciiDigit))))
                {
                    validation.Error(RecipeStepValidation.PathOf(signatoryPath, "nip"), "Expected an NIP of 18 digits.");
                }
            }
        }

        foreach (var (channel, channelPath) in validation.ObjectArray(value, "complaintChannels", path, "complaint channels", required: false))
        {
            validation.OnlyProperties(channel, channelPath, "kind", "label", "address");
            validation.RequiredString(channel, "kind", channelPath);
            validation.RequiredName(channel, "label", channelPath);
        }
    }
}
