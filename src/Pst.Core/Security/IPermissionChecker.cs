namespace Pst.Core.Security;

/// <summary>Answers, for the person making the current request, whether they hold a permission.</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(string permission, CancellationToken cancellationToken = default);
}
