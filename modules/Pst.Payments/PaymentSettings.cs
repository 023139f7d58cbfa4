using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Payments.Settling;

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

    public const int MinBillingValidDays = 1;

    public const int MaxBillingValidDays = 30;

    public TransferAccount? TransferAccount { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<PaymentSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        (await settings.GetAsync(Key, cancellationToken))?.Deserialize<PaymentSettings>(Json) ?? new PaymentSettings();

    /// <summary>Writes the setting in the recipe's shape, so what the screen saved reads back like what a recipe set.</summary>
    public Task SaveAsync(ISiteSettings settings, CancellationToken cancellationToken = default) =>
        settings.SetAsync(Key, JsonSerializer.SerializeToNode(this, Json), cancellationToken);
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

        if (value.TryGetProperty("billingValidDays", out var days) && (days.ValueKind != JsonValueKind.Number || !days.TryGetInt32(out var n) || n is < PaymentSettings.MinBillingValidDays or > PaymentSettings.MaxBillingValidDays))
        {
            validation.Error(RecipeStepValidation.PathOf(path, "billingValidDays"), "Expected a whole number of days from {0} to {1}.", PaymentSettings.MinBillingValidDays, PaymentSettings.MaxBillingValidDays);
        }

        if (value.TryGetProperty("transferAccount", out var account))
        {
            var accountPath = RecipeStepValidation.PathOf(path, "transferAccount");
            if (account.ValueKind != JsonValueKind.Object)
            {
                validation.Error(accountPath, "Expected an object.");
                return;
            }

            validation.OnlyProperties(account, accountPath, "bank", "accountName", "accountNumber", "swift");
            string Text(string property) =>
                account.TryGetProperty(property, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty;
            var typed = new TransferAccount(Text("bank"), Text("accountName"), Text("accountNumber"), Text("swift"));
            foreach (var problem in TransferAccountRules.Check(typed))
            {
                validation.Error(RecipeStepValidation.PathOf(accountPath, problem.Field), problem.Message);
            }
        }
    }
}
