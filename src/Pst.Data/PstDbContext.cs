using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pst.Data.Accounts;
using Pst.Data.Calendar;
using Pst.Data.Catalogue;
using Pst.Data.Documents;
using Pst.Data.Features;
using Pst.Data.Messaging;
using Pst.Data.Numbering;
using Pst.Data.Outbox;
using Pst.Data.Recipes;
using Pst.Data.Settings;
using Pst.Data.Tariffs;

namespace Pst.Data;

/// <summary>
/// The one database of the site. Core tables are prefixed <c>Core_</c>, accounts <c>Account_</c>; each module
/// adds its own prefixed tables through <see cref="IEntityModelContributor"/>.
/// </summary>
public sealed class PstDbContext(DbContextOptions<PstDbContext> options, IEnumerable<IEntityModelContributor> contributors)
    : IdentityDbContext<PstUser, PstRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<FeatureState> FeatureStates => Set<FeatureState>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    public DbSet<RecipeRunRecord> RecipeRuns => Set<RecipeRunRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<HandledCommandRecord> HandledCommands => Set<HandledCommandRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<HolidayRecord> Holidays => Set<HolidayRecord>();

    public DbSet<CounterRecord> Counters => Set<CounterRecord>();

    public DbSet<CatalogueItemRecord> CatalogueItems => Set<CatalogueItemRecord>();

    public DbSet<IssuedDocumentRecord> IssuedDocuments => Set<IssuedDocumentRecord>();

    public DbSet<TariffScheduleRecord> TariffSchedules => Set<TariffScheduleRecord>();

    public DbSet<TariffItemRecord> TariffItems => Set<TariffItemRecord>();

    public DbSet<AccountEventRecord> AccountEvents => Set<AccountEventRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset in SQL; stored as a sortable integer there, of the UTC moment.
        // Elsewhere moments are stored in UTC (PostgreSQL accepts nothing else), whatever offset the caller used.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToBinaryConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PstUser>(b =>
        {
            b.ToTable("Account_Users");
            b.Property(u => u.FullName).HasMaxLength(200);
            b.Property(u => u.IdentityDocumentType).HasConversion<string>().HasMaxLength(20);
            b.Property(u => u.IdentityNumber).HasMaxLength(40);
            b.Property(u => u.Segment).HasConversion<string>().HasMaxLength(40);
            b.Property(u => u.Institution).HasMaxLength(200);
            b.Property(u => u.Npwp).HasMaxLength(16);
            b.Property(u => u.TaxNumberAbroad).HasMaxLength(Pst.Core.Kernel.TaxNumberAbroad.MaxLength);
            b.Property(u => u.Domicile).HasConversion<string>().HasMaxLength(20);
        });
        builder.Entity<AccountEventRecord>(b =>
        {
            b.ToTable("Account_Events");
            b.Property(e => e.UserId).HasMaxLength(450);
            b.Property(e => e.Kind).HasMaxLength(40);
            b.Property(e => e.ActorId).HasMaxLength(450);
            b.Property(e => e.ActorEmail).HasMaxLength(256);
            b.HasIndex(e => new { e.UserId, e.At });
        });
        builder.Entity<PstRole>(b =>
        {
            b.ToTable("Account_Roles");
            b.Property(r => r.DisplayName).HasMaxLength(100);
        });
        builder.Entity<IdentityUserRole<string>>().ToTable("Account_UserRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Account_UserClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Account_UserLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("Account_UserTokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Account_RoleClaims");

        builder.Entity<FeatureState>(b =>
        {
            b.ToTable("Core_Features");
            b.HasKey(f => f.ModuleId);
            b.Property(f => f.ModuleId).HasMaxLength(100);
        });
        builder.Entity<SiteSetting>(b =>
        {
            b.ToTable("Core_Settings");
            b.HasKey(s => s.Key);
            b.Property(s => s.Key).HasMaxLength(100);
        });
        builder.Entity<RecipeRunRecord>(b =>
        {
            b.ToTable("Core_RecipeRuns");
            b.Property(r => r.Name).HasMaxLength(200);
            b.Property(r => r.Version).HasMaxLength(50);
            b.Property(r => r.Sha256).HasMaxLength(64);
            b.Property(r => r.AppliedBy).HasMaxLength(256);
        });
        builder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("Core_OutboxMessages");
            b.Property(m => m.To).HasMaxLength(320);
            b.Property(m => m.Subject).HasMaxLength(500);
            b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        });
        builder.Entity<HandledCommandRecord>(b =>
        {
            b.ToTable("Core_HandledCommands");
            b.HasKey(c => c.MessageId);
            b.Property(c => c.Command).HasMaxLength(100);
        });
        builder.Entity<Notifications.NotificationTemplate>(b =>
        {
            b.ToTable("Core_NotificationTemplates");
            b.HasKey(t => new { t.Key, t.Language });
            b.Property(t => t.Key).HasMaxLength(60);
            b.Property(t => t.Language).HasMaxLength(5);
            b.Property(t => t.Subject).HasMaxLength(300);
            b.Property(t => t.Body).HasMaxLength(8000);
        });
        builder.Entity<DataProtectionKey>().ToTable("Core_DataProtectionKeys");
        builder.Entity<IssuedDocumentRecord>(b =>
        {
            b.ToTable("Core_IssuedDocuments");
            b.HasKey(d => d.Number);
            b.Property(d => d.Number).HasMaxLength(40);
            b.Property(d => d.ReplacedBy).HasMaxLength(40);
            b.Property(d => d.Kind).HasMaxLength(30);
            b.Property(d => d.Status).HasMaxLength(20);
            b.Property(d => d.RequestNumber).HasMaxLength(30);
        });
        builder.Entity<CatalogueItemRecord>(b =>
        {
            b.ToTable("Core_CatalogueItems");
            b.HasKey(i => i.Code);
            b.Property(i => i.Code).HasMaxLength(100);
            b.Property(i => i.ProductTypeId).HasMaxLength(50);
            b.Property(i => i.Title).HasMaxLength(500);
            b.HasIndex(i => i.ProductTypeId);
        });
        builder.Entity<CounterRecord>(b =>
        {
            b.ToTable("Core_Counters");
            b.HasKey(c => c.Name);
            b.Property(c => c.Name).HasMaxLength(100);
        });
        builder.Entity<HolidayRecord>(b =>
        {
            b.ToTable("Core_Holidays");
            b.HasKey(h => h.Date);
            b.Property(h => h.Kind).HasMaxLength(30);
            b.Property(h => h.Name).HasMaxLength(200);
        });
        builder.Entity<TariffScheduleRecord>(b =>
        {
            b.ToTable("Core_TariffSchedules");
            b.HasKey(s => s.Regulation);
            b.Property(s => s.Regulation).HasMaxLength(100);
            b.HasIndex(s => s.EffectiveFrom).IsUnique();
            b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.Regulation).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TariffItemRecord>(b =>
        {
            b.ToTable("Core_TariffItems");
            b.Property(i => i.Regulation).HasMaxLength(100);
            b.Property(i => i.Code).HasMaxLength(30);
            b.Property(i => i.Description).HasMaxLength(500);
            b.Property(i => i.Unit).HasMaxLength(100);
            b.Property(i => i.DescriptionEn).HasMaxLength(500);
            b.Property(i => i.UnitEn).HasMaxLength(100);
            b.HasIndex(i => new { i.Regulation, i.Code }).IsUnique();
        });

        foreach (var contributor in contributors)
        {
            contributor.Configure(builder);
        }
    }
}

/// <summary>Stores a moment in UTC; the moment itself is unchanged, only its offset.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

/// <summary>
/// A moment as a sortable integer for SQLite, always of its UTC time. EF's DateTimeOffsetToBinaryConverter encodes
/// the clock time and the offset, so a bound in office time (+07:00) compared with moments stored in UTC was off by
/// seven hours: a visit at 06.30 WIB fell on the day before. Moments stored in UTC have the same encoding in both, and
/// reading keeps EF's layout (ticks / 1000 shifted left 11 bits, the offset's minutes in the low bits).
/// </summary>
internal sealed class UtcDateTimeOffsetToBinaryConverter() : ValueConverter<DateTimeOffset, long>(v => ToBinary(v), v => FromBinary(v))
{
    public static long ToBinary(DateTimeOffset moment) => (moment.UtcTicks / 1000) << 11;

    public static DateTimeOffset FromBinary(long value) =>
        new((value >> 11) * 1000, TimeSpan.FromMinutes((value << 53) >> 53));
}
