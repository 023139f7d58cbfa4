using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;

namespace Pst.Payments.Billings;

/// <summary>A billing as the simulated SIMPONI holds it (table <c>Payments_SimulatedBillings</c>).</summary>
public sealed class SimulatedBilling
{
    public string Code { get; set; } = "";

    public string RequestNumber { get; set; } = "";

    public string PayerName { get; set; } = "";

    public long Amount { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public string? Ntpn { get; set; }

    public string? Ntb { get; set; }

    public string? Bank { get; set; }
}

/// <summary>
/// A local stand-in for SIMPONI: 15-digit codes, expiry at the moment asked, and on a payment (made by staff on the
/// simulator page, as a customer would at a bank) an NTPN of 16 letters and digits.
/// </summary>
public sealed class SimponiSimulator(PstDbContext db, TimeProvider clock) : IBillingGateway
{
    public const string SimulatedBank = "Bank Simulasi";

    public BillingMode Mode => BillingMode.Simulator;

    public async Task<string> CreateAsync(BillingOrder order, CancellationToken cancellationToken = default)
    {
        // SIMPONI codes begin with the payment channel's digit; the rest is unique. Random digits, retried on a clash.
        string code;
        do
        {
            code = "8" + RandomNumberGenerator.GetString("0123456789", SimponiFormats.BillingCodeLength - 1);
        }
        while (await db.Set<SimulatedBilling>().AnyAsync(b => b.Code == code, cancellationToken));

        db.Set<SimulatedBilling>().Add(new SimulatedBilling
        {
            Code = code,
            RequestNumber = order.RequestNumber,
            PayerName = order.PayerName,
            Amount = order.Amount.Amount,
            ExpiresAt = order.ExpiresAt,
        });
        return code;
    }

    public async Task<BillingReport?> QueryAsync(string code, CancellationToken cancellationToken = default)
    {
        var billing = await db.Set<SimulatedBilling>().AsNoTracking().SingleOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        return billing.PaidAt is { } paidAt
            ? new BillingReport(BillingStatus.Paid, new PaymentProof(billing.Ntpn!, billing.Ntb, billing.Bank!, OfficeTime.DateOf(paidAt)))
            : new BillingReport(clock.GetUtcNow() >= billing.ExpiresAt ? BillingStatus.Expired : BillingStatus.Active, null);
    }

    /// <summary>Pays a billing as a bank would: refused when it is unknown, already paid, or expired.</summary>
    public async Task<string?> PayAsync(string code, CancellationToken cancellationToken = default)
    {
        var billing = await db.Set<SimulatedBilling>().SingleOrDefaultAsync(b => b.Code == code, cancellationToken);
        var now = clock.GetUtcNow();
        if (billing is null)
        {
            return "There is no billing with this code.";
        }

        if (billing.PaidAt is not null)
        {
            return "This billing is already paid.";
        }

        if (now >= billing.ExpiresAt)
        {
            return "This billing has expired and can no longer be paid.";
        }

        billing.PaidAt = now;
        billing.Ntpn = RandomNumberGenerator.GetString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", SimponiFormats.NtpnLength);
        billing.Ntb = RandomNumberGenerator.GetString("0123456789", 12);
        billing.Bank = SimulatedBank;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<SimulatedBilling>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<SimulatedBilling>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(b => b.ExpiresAt).Take(200).ToList();
}

/// <summary>SIMPONI used by hand: the treasurer creates the code in SIMPONI and enters it, then records the payment from the proof.</summary>
public sealed class ManualBillingGateway : IBillingGateway
{
    public BillingMode Mode => BillingMode.Manual;

    public Task<string> CreateAsync(BillingOrder order, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("In manual mode the treasurer enters the billing code made in SIMPONI.");

    public Task<BillingReport?> QueryAsync(string code, CancellationToken cancellationToken = default) => Task.FromResult<BillingReport?>(null);
}
