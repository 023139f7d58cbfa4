namespace Pst.Core.Kernel;

/// <summary>How a request reaches the office: through the website, or at the service desk.</summary>
public enum SalesChannel
{
    Online,
    WalkIn,
}
