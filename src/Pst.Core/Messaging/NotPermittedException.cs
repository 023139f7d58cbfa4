namespace Pst.Core.Messaging;

/// <summary>The reader does not hold the permission an <see cref="IAuthorizedMessage"/> requires; nothing was done (a page answers 403).</summary>
public sealed class NotPermittedException(string message, string permission)
    : Exception($"{message} requires the permission {permission}.")
{
    public string Permission { get; } = permission;
}
