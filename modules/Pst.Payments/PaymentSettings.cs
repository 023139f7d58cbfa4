using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Payments;

/// <summary>Where billing codes come from: the local SIMPONI simulator, or SIMPONI itself with the treasurer entering codes by hand.</summary>
public enum BillingMode
{
    Simulator,
    Manual,
}

/// <summary>The office's account for customers abroad, who pay by bank transfer and upload the proof.</summary>
public sealed record TransferAccount(string Bank, string AccountName, string AccountNumber, string? Swift);

/// <summary>Setting <c>payments</c>: the billing mode, how long a billing code stays valid, the account for transfers from abroad.</summary>
public sealed record PaymentSettings
{
    public const string Key = "payments";

    public BillingMode Mode { get; init; } = BillingMode.Simulator;

    /// <summary>Days a billing code stays valid (SIMPONI's default is 7).</summary>
    public int BillingValidDays { get; init; } = 7;

    public TransferAccount? TransferAccount { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<PaymentSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<PaymentSettings>(Json) ?? new PaymentSettings();
}

public sealed class PaymentSettingDefinition : ISettingDefinition
{
    public string Key => PaymentSettings.Key;

    public void Validate(JsonElement value, string path, RecipeStepValidation validation)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            validation.Error(path, "Expected an object.");
            return;
        }

        validation.OnlyProperties(value, path, "mode", "billingValidDays", "transferAccount");
        if (value.TryGetProperty("mode", out var mode) && (mode.ValueKind != JsonValueKind.String || mode.GetString() is not ("simulator" or "manual")))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "mode"), "Expected \"simulator\" or \"manual\".");
        }

        if (value.TryGetProperty("billingValidDays", out var days) && (days.ValueKind != JsonValueKind.Number || !days.TryGetInt32(out var n) || n is < 1 or > 30))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "billingValidDays"), "Expected a whole number of days from {0} to {1}.", 1, 30);
        }

        if (value.TryGetProperty("transferAccount", out var account))
        {
            var accountPath = RecipeStepValidation.PathOf(path, "transferAccount");
            validation.OnlyProperties(account, accountPath, "bank", "accountName", "accountNumber", "swift");
            validation.RequiredString(account, "bank", accountPath);
            validation.RequiredString(account, "accountName", accountPath);
            validation.RequiredString(account, "accountNumber", accountPath);
        }
    }
}
