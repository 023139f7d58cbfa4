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

        validation.OnlyProperties(value, path, "name", "address", "phones", "fax", "email", "website", "complaintChannels");
        validation.RequiredString(value, "name", path);
        validation.RequiredString(value, "address", path);
        validation.StringArray(value, "phones", path);
        if (value.TryGetProperty("email", out var email) && (email.ValueKind != JsonValueKind.String || !email.GetString()!.Contains('@', StringComparison.Ordinal)))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "email"), "Expected an e-mail address.");
        }

        if (value.TryGetProperty("complaintChannels", out var channels))
        {
            var channelsPath = RecipeStepValidation.PathOf(path, "complaintChannels");
            if (channels.ValueKind != JsonValueKind.Array)
            {
                validation.Error(channelsPath, "Expected an array.");
                return;
            }

            var index = 0;
            foreach (var channel in channels.EnumerateArray())
            {
                var channelPath = RecipeStepValidation.PathOf(channelsPath, index++);
                if (channel.ValueKind != JsonValueKind.Object)
                {
                    validation.Error(channelPath, "Expected an object.");
                    continue;
                }

                validation.OnlyProperties(channel, channelPath, "kind", "label", "address");
                validation.RequiredString(channel, "kind", channelPath);
                validation.RequiredString(channel, "label", channelPath);
            }
        }
    }
}
