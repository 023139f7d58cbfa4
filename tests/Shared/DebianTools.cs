using System.Diagnostics;

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

    /// <summary>
    /// A PDF's text as poppler's pdftotext reads it (UTF-8, pages split by form feeds), which is what a reader's copy
    /// and search see. Skips, or fails under PST_REQUIRE_TOOLS=1, without poppler-utils.
    /// </summary>
    public static string PdfText(byte[] pdf)
    {
        var pdftotext = Require("/usr/bin/pdftotext", "poppler-utils");
        var path = Path.Combine(Path.GetTempPath(), $"pst-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Run(pdftotext, "-enc", "UTF-8", path, "-");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs one of those tools and returns what it printed; a failure fails the test with what it said.</summary>
    public static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {errors.Result}");
        return output;
    }
}
