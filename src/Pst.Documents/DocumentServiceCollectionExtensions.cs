using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pst.Documents;

public static class DocumentServiceCollectionExtensions
{
    /// <summary><see cref="IssueDocument"/>, for each module that issues documents (registered once however many ask).</summary>
    public static IServiceCollection AddDocumentIssuing(this IServiceCollection services)
    {
        services.TryAddScoped<IssueDocument>();
        return services;
    }
}
