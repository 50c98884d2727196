using YouTubeStudio.Bench;
using YouTubeStudio.Bench.Bench;

// A tiny dispatcher: each command lives in its own file and returns the process exit code.
return args.FirstOrDefault() switch
{
    "eval" => EvalCommand.Run(args[1..]),
    "bench" => await BenchCommand.RunAsync(args[1..]),
    "load" => await LoadCommand.RunAsync(args[1..]),
    "circuits" => await CircuitsCommand.RunAsync(args[1..]),
    "soak" => await SoakCommand.RunAsync(args[1..]),
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
          load [--seconds N] [--readers N] [--writers N]
                                         API latency and throughput under concurrent clients
          circuits [--circuits N] [--updates N] [--renderers N]
                                         N headless Chromium tabs on the live Queue page: memory per
                                         circuit and event-to-DOM update latency
          soak [--minutes N] [--sample-seconds N]
                                         continuous real generation; memory sampled, growth reported
        """);
    return 2;
}
