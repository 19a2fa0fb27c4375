using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Sitrep.MicroBench;

// sitrep-microbench [BenchmarkDotNet options]; with none, every benchmark runs (--filter '*').
// The job is ShortRun (3 warm-ups, 3 measured iterations), run in this process: BenchmarkDotNet's default
// toolchain would generate and build a second project inside this repository, under its warnings-as-errors
// and central package rules.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "sitrep-microbench"))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromTypes([typeof(StageBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
