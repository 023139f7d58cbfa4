using Pst.Core.Kernel;

namespace Pst.Payments.Billings;

/// <summary>What a billing is for: the request, the amount, who pays, until when.</summary>
public sealed record BillingOrder(string RequestNumber, string PayerName, Rupiah Amount, DateTimeOffset ExpiresAt);

/// <summary>A payment SIMPONI reports: the NTPN (state revenue number), the bank's transaction number (NTB), the bank and the day.</summary>
public sealed record PaymentProof(string Ntpn, string? Ntb, string Bank, DateOnly PaidOn);

/// <summary>What SIMPONI says of a code now.</summary>
public sealed record BillingReport(BillingStatus Status, PaymentProof? Payment);

/// <summary>
/// SIMPONI, the Ministry of Finance's PNBP billing system, as the system sees it: it makes billing codes and reports
/// payments. The simulator plays it locally (default, and in tests); in manual mode the treasurer does it by hand.
/// </summary>
public interface IBillingGateway
{
    BillingMode Mode { get; }

    /// <summary>A new 15-digit billing code for the order.</summary>
    Task<string> CreateAsync(BillingOrder order, CancellationToken cancellationToken = default);

    /// <summary>What SIMPONI knows of the code, or null when it cannot be asked (manual mode).</summary>
    Task<BillingReport?> QueryAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>The gateway the <c>payments</c> setting chooses now (an administrator may switch modes at any time).</summary>
public sealed class BillingGateways(SimponiSimulator simulator, ManualBillingGateway manual, Pst.Core.Settings.ISiteSettings settings)
{
    public async Task<IBillingGateway> CurrentAsync(CancellationToken cancellationToken = default) =>
        (await PaymentSettings.LoadAsync(settings, cancellationToken)).Mode == BillingMode.Manual ? manual : simulator;

    /// <summary>The gateway that issued a billing, whatever the mode is now.</summary>
    public IBillingGateway Of(BillingMode mode) => mode == BillingMode.Manual ? manual : simulator;
}
