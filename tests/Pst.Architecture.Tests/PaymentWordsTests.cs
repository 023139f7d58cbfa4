using System.Reflection;

namespace Pst.Architecture.Tests;

/// <summary>
/// Rule (issue 24): ordering knows that a request waits for payment and that it was settled, not how money moves.
/// No type or member of the ordering module or its contract is named after the mechanics of payment (billing codes,
/// SIMPONI, NTPN, cash, transfer proofs); those are the payments module's own words. The same check finds them in
/// the payments module, which shows it would fail if they came back to ordering.
/// </summary>
public sealed class PaymentWordsTests
{
    private static readonly string[] MoneyMechanics = ["Billing", "Simponi", "Ntpn", "Cash", "TransferProof"];

    /// <summary>The names of the assembly's types and of their own members (enum values included) that name a payment mechanic.</summary>
    private static IReadOnlyList<string> PaymentWordsIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(m => $"{t.FullName}.{m.Name}")
                .Prepend(t.FullName!))
            .Where(name => MoneyMechanics.Any(word => name.Contains(word, StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Neither_the_ordering_module_nor_its_contract_names_how_money_moves()
    {
        Assert.Empty(PaymentWordsIn(typeof(Pst.Ordering.OrderingModule).Assembly));
        Assert.Empty(PaymentWordsIn(typeof(Pst.Ordering.Abstractions.RequestSummary).Assembly));
    }

    [Fact]
    public void The_check_finds_the_words_where_they_belong()
    {
        var found = PaymentWordsIn(typeof(Pst.Payments.PaymentsModule).Assembly);

        Assert.Contains("Pst.Payments.PaymentFiles.BillingSlip", found);
        Assert.Contains(found, name => name.StartsWith("Pst.Payments.Billings.", StringComparison.Ordinal));
    }
}
