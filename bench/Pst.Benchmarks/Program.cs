using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Pst.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project bench/Pst.Benchmarks -- queue-latency
if (args is ["queue-latency"])
{
    await Pst.Benchmarks.QueueLatency.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
