using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Calendar;
using Pst.Core.Documents;
using Pst.Core.Features;
using Pst.Core.Messaging;
using Pst.Core.Files;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Data.Accounts;
using Pst.Data.Calendar;
using Pst.Data.Catalogue;
using Pst.Data.Documents;
using Pst.Data.Features;
using Pst.Data.Files;
using Pst.Data.Mail;
using Pst.Data.Messaging;
using Pst.Data.Numbering;
using Pst.Data.Outbox;
using Pst.Data.Providers;
using Pst.Data.Recipes;
using Pst.Data.Settings;
using Pst.Data.Tariffs;

namespace Pst.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database, the stores behind the core's interfaces, data-protection keys and the mail outbox.</summary>
    public static IServiceCollection AddPstData(this IServiceCollection services, DatabaseOptions database, MailOptions mail) =>
        services.AddPstData(_ => database, _ => mail);

    /// <summary>The same, with the options read when first needed (so a host's final configuration is used).</summary>
    public static IServiceCollection AddPstData(this IServiceCollection services, Func<IServiceProvider, DatabaseOptions> database, Func<IServiceProvider, MailOptions> mail)
    {
        services.AddSingleton(database);
        services.AddDbContext<PstDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<DatabaseOptions>();
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("No database connection string is configured (Database:ConnectionString).");
            DbContextOptionsFactory.Configure(o, options.Provider, connectionString);
        });
        services.AddScoped<IFeatureStore, EfFeatureStore>();
        services.AddScoped<ISiteSettings, EfSiteSettings>();
        services.AddScoped<IRecipeUnitOfWork, EfRecipeUnitOfWork>();
        services.AddScoped<IRolePermissionStore, EfRolePermissionStore>();
        services.AddScoped<IHolidayStore, EfHolidayStore>();
        services.AddScoped<ITariffStore, EfTariffStore>();
        services.AddScoped<Counters>();
        services.AddScoped<ICatalogueStore, EfCatalogueStore>();
        services.AddScoped<IIssuedDocuments, EfIssuedDocuments>();
        services.AddScoped<IHandledCommands, EfHandledCommands>();
        services.AddDataProtection().SetApplicationName("Pst.Cms").PersistKeysToDbContext<PstDbContext>();

        services.AddSingleton(mail);
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<MailOptions>() is var options && string.IsNullOrWhiteSpace(options.SmtpHost)
            ? new PickupDirectoryTransport(options.PickupDirectory)
            : new SmtpTransport(options));
        services.AddScoped<EmailOutbox>();
        services.AddScoped(sp => new SiteAddress(
            sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()?["Site:Address"],
            sp.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
        services.AddScoped<Accounts.StaffDirectory>();
        services.AddScoped<Notifications.NotificationTemplates>();
        services.AddScoped<Notifications.NotificationMail>();
        services.AddScoped<OutboxProcessor>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    /// <summary>The file store in a local folder (<see cref="FileStoreOptions.Root"/>), options read when first needed.</summary>
    /// <summary>The worker that runs every module's <see cref="Reminders.IReminderJob"/> (section <c>Reminders</c>).</summary>
    public static IServiceCollection AddPstReminders(this IServiceCollection services, Reminders.ReminderOptions? options)
    {
        services.AddSingleton(options ?? new Reminders.ReminderOptions());
        services.AddHostedService<Reminders.ReminderWorker>();
        return services;
    }

    public static IServiceCollection AddPstFileStore(this IServiceCollection services, Func<IServiceProvider, FileStoreOptions> options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddSingleton<CheckedUpload>();
        return services;
    }
}
