using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Payments.Settling;

namespace Pst.Payments.Tests;

/// <summary>The account customers abroad copy into a foreign bank's form: checked the same way in a recipe and on screen.</summary>
public sealed class TransferAccountRulesTests
{
    private static readonly TransferAccount Valid = new("Bank Mandiri", "RPL 030 BPS Provinsi Jawa Tengah", "1350 0012 3456 7", "BMRIIDJA");

    [Theory]
    [InlineData("BMRIIDJA")]
    [InlineData("BMRIIDJAXXX")]
    [InlineData("BNINIDJA123")]
    public void A_SWIFT_code_of_8_or_11_characters_passes(string swift) =>
        Assert.Empty(TransferAccountRules.Check(Valid with { Swift = swift }));

    [Theory]
    [InlineData("BMRIIDJ")] // 7
    [InlineData("BMRIIDJAXX")] // 10
    [InlineData("BMR1IDJA")] // a digit in the bank's letters
    [InlineData("BMRI-IDJA")]
    [InlineData("bmriidja")] // Check takes what Normalise made
    public void A_malformed_SWIFT_code_is_refused(string swift) =>
        Assert.Equal("swift", Assert.Single(TransferAccountRules.Check(Valid with { Swift = swift })).Field);

    [Fact]
    public void The_SWIFT_code_is_required_because_no_bank_abroad_can_send_without_it() =>
        Assert.Equal("swift", Assert.Single(TransferAccountRules.Check(Valid with { Swift = null })).Field);

    [Theory]
    [InlineData("1234")]
    [InlineData("12 34")]
    [InlineData("1350.0012")]
    [InlineData("12345678901234567890123456789012345")] // 35
    public void A_malformed_account_number_is_refused(string number) =>
        Assert.Equal("accountNumber", Assert.Single(TransferAccountRules.Check(Valid with { AccountNumber = number })).Field);

    [Fact]
    public void Every_missing_field_is_named()
    {
        var problems = TransferAccountRules.Check(new TransferAccount(" ", "", "", null));
        Assert.Equal(["bank", "accountName", "accountNumber", "swift"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Normalising_trims_and_capitalises_the_SWIFT_code() =>
        Assert.Equal(
            new TransferAccount("Bank Mandiri", "RPL", "1350-0012", "BMRIIDJA"),
            TransferAccountRules.Normalise(new TransferAccount(" Bank Mandiri ", "RPL ", " 1350-0012", " bmriidja ")));

    [Fact]
    public void A_recipe_with_a_faulty_account_is_refused_at_the_field()
    {
        var errors = new List<RecipeError>();
        var json = """{ "mode": "simulator", "transferAccount": { "bank": "Bank Mandiri", "accountName": "RPL", "accountNumber": "1350001234567", "swift": "BMRI" } }""";
        new PaymentSettingDefinition().Validate(JsonDocument.Parse(json).RootElement, "$.settings.payments", new RecipeStepValidation("r.json", 1, "$", errors));
        Assert.Equal("$.settings.payments.transferAccount.swift", Assert.Single(errors).Path);
    }

    [Fact]
    public void A_recipe_with_a_complete_account_passes()
    {
        var errors = new List<RecipeError>();
        var json = """{ "mode": "manual", "billingValidDays": 7, "transferAccount": { "bank": "Bank Mandiri", "accountName": "RPL", "accountNumber": "1350001234567", "swift": "BMRIIDJA" } }""";
        new PaymentSettingDefinition().Validate(JsonDocument.Parse(json).RootElement, "$.settings.payments", new RecipeStepValidation("r.json", 1, "$", errors));
        Assert.Empty(errors);
    }
}
