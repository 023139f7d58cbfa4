namespace Pst.Tests.Shared;

/// <summary>
/// Files from Debian's packages that some tests read their results back with (GDAL's ogr2ogr, poppler's pdftotext,
/// the Noto fonts). Missing on a developer's machine, such a test skips and says which package to install;
/// PST_REQUIRE_TOOLS=1 (set by .ci/run, which installs them) turns the skip into a failure.
/// </summary>
public static class DebianTools
{
    public static string Require(string path, string package)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (Environment.GetEnvironmentVariable("PST_REQUIRE_TOOLS") == "1")
        {
            Assert.Fail($"PST_REQUIRE_TOOLS=1 but {path} is missing: install Debian's {package}.");
        }

        Assert.Skip($"{path} is missing: install Debian's {package} to run this test.");
        return "";
    }
}
