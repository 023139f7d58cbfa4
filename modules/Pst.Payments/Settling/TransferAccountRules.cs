using System.Text.RegularExpressions;

namespace Pst.Payments.Settling;

/// <summary>
/// What an account for transfers from abroad must hold, wherever it is set (the recipe or the payment settings screen):
/// a customer abroad copies these details into a foreign bank's form, so a malformed SWIFT code or account number
/// would send the money nowhere.
/// </summary>
public static partial class TransferAccountRules
{
    public const int MaxNameLength = 100;

    /// <summary>The longest account number (an IBAN's 34 characters); shorter than 5 is no account at all.</summary>
    public const int MaxAccountNumberLength = 34;

    public const int MinAccountNumberLength = 5;

    /// <summary>An error in the office's words, naming the field it is about.</summary>
    public sealed record Problem(string Field, string Message);

    /// <summary>Cleans up what was typed: trimmed, the SWIFT code in capitals.</summary>
    public static TransferAccount Normalise(TransferAccount account) => new(
        account.Bank.Trim(),
        account.AccountName.Trim(),
        account.AccountNumber.Trim(),
        string.IsNullOrWhiteSpace(account.Swift) ? null : account.Swift.Trim().ToUpperInvariant());

    public static IReadOnlyList<Problem> Check(TransferAccount account)
    {
        var problems = new List<Problem>();
        Name(account.Bank, "bank", "Enter the bank's name.", problems);
        Name(account.AccountName, "accountName", "Enter the name the account is held in.", problems);

        var digits = account.AccountNumber.Replace(" ", string.Empty).Replace("-", string.Empty);
        if (string.IsNullOrWhiteSpace(account.AccountNumber))
        {
            problems.Add(new("accountNumber", "Enter the account number."));
        }
        else if (!AccountNumberPattern().IsMatch(digits) || digits.Length is < MinAccountNumberLength or > MaxAccountNumberLength)
        {
            problems.Add(new("accountNumber", "An account number has 5 to 34 letters and digits (spaces and hyphens may separate them)."));
        }

        if (string.IsNullOrWhiteSpace(account.Swift))
        {
            problems.Add(new("swift", "Enter the bank's SWIFT code: a bank abroad cannot send a transfer without it."));
        }
        else if (!SwiftPattern().IsMatch(account.Swift.Trim()))
        {
            problems.Add(new("swift", "A SWIFT code has 8 or 11 characters: 4 letters for the bank, 2 for the country, then letters or digits (e.g. BMRIIDJA)."));
        }

        return problems;
    }

    private static void Name(string value, string field, string missing, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, missing));
        }
        else if (value.Trim().Length > MaxNameLength)
        {
            problems.Add(new(field, "At most 100 characters."));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex AccountNumberPattern();

    /// <summary>ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3).</summary>
    [GeneratedRegex("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex SwiftPattern();
}
