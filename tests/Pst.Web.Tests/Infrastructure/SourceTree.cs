namespace Pst.Web.Tests.Infrastructure;

/// <summary>The repository the tests were built from, for the tests that read its sources.</summary>
internal static class SourceTree
{
    public static readonly string Root = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pst.Cms.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pst.Cms.sln not found above the test output.");
    }
}
