using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Pst.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project bench/Pst.Benchmarks -- queue-latency
// dotnet run -c Release --project bench/Pst.Benchmarks -- report-sections [postgresql]
// dotnet run -c Release --project bench/Pst.Benchmarks -- microdata-synthesize <file.csv> <records> [seed]
// dotnet run -c Release --project bench/Pst.Benchmarks -- microdata-extract <source.csv> <kabupaten/kota code> <VAR,VAR,…> <out.csv>
// dotnet run -c Release --project bench/Pst.Benchmarks -- map-export <layers folder> <kabupaten/kota code, or 33> <kecamatan|desa> <shp,gpkg,geojson,pdf | none> <out folder>
switch (args)
{
    case ["report-sections", .. var provider]:
        await Pst.Benchmarks.ReportSections.RunAsync(postgreSql: provider is ["postgresql"]);
        return;
    case ["queue-latency"]:
        await Pst.Benchmarks.QueueLatency.RunAsync();
        return;
    case ["microdata-synthesize", var file, var records, .. var rest]:
        Pst.Benchmarks.MicrodataExtraction.Synthesize(file, long.Parse(records, System.Globalization.CultureInfo.InvariantCulture), rest is [var seed] ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : 1);
        return;
    case ["microdata-extract", var source, var regency, var variables, var output]:
        Pst.Benchmarks.MicrodataExtraction.Extract(source, regency, variables.Split(','), output);
        return;
    case ["map-export", var layers, var area, var level, var formats, var output]:
        Pst.Benchmarks.MapExport.Run(layers, area, level, formats.Split(','), output);
        return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
