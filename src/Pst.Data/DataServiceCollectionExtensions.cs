using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Features;
using Pst.Core.Recipes;
using Pst.Core.Settings;
using Pst.Data.Features;
using Pst.Data.Mail;
using Pst.Data.Outbox;
using Pst.Data.Providers;
using Pst.Data.Recipes;
using Pst.Data.Settings;

namespace Pst.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database, the stores behind the core's interfaces, data-protection keys and the mail outbox.</summary>
    public static IServiceCollection AddPstData(this IServiceCollection services, DatabaseOptions database, MailOptions mail)
    {
        var connectionString = database.ConnectionString
            ?? throw new InvalidOperationException("No database connection string is configured (Database:ConnectionString).");
        services.AddSingleton(database);
        services.AddDbContext<PstDbContext>(o => DbContextOptionsFactory.Configure(o, database.Provider, connectionString));
        services.AddScoped<IFeatureStore, EfFeatureStore>();
        services.AddScoped<ISiteSettings, EfSiteSettings>();
        services.AddScoped<IRecipeUnitOfWork, EfRecipeUnitOfWork>();
        services.AddDataProtection().SetApplicationName("Pst.Cms").PersistKeysToDbContext<PstDbContext>();

        services.AddSingleton(mail);
        services.AddSingleton<IMailTransport>(_ => string.IsNullOrWhiteSpace(mail.SmtpHost)
            ? new PickupDirectoryTransport(mail.PickupDirectory)
            : new SmtpTransport(mail));
        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxProcessor>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
