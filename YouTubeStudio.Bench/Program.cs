using YouTubeStudio.Bench;
using YouTubeStudio.Bench.Bench;

// A tiny dispatcher: each command lives in its own file and returns the process exit code.
return args.FirstOrDefault() switch
{
    "eval" => EvalCommand.Run(args[1..]),
    "bench" => await BenchCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: YouTubeStudio.Bench <command> [arguments]
          eval <data-folder> [--quick] [--forecast-only|--score-only]
                 back-test the trend forecaster and the content scorer on a folder laid out like
                 shared/data (channels/*.csv daily cumulative totals, videos/*.csv trending videos)
          bench [--quick] [--submissions N] [--clients N] [--renders N]
                                         queue and render figures of the real app on loopback HTTP
        """);
    return 2;
}
