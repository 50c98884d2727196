using YouTubeStudio.Core.Channels;
using YouTubeStudio.Core.Videos;

namespace YouTubeStudio.Core.Generation.Pipeline;

/// <summary>What a stage gets: the video, its channel, the request parameters, earlier stages' outputs and a work folder.</summary>
public sealed record StageContext(
    Video Video,
    Channel Channel,
    GenerationParams Params,
    string WorkDirectory,
    IReadOnlyDictionary<string, string> PreviousOutputs,
    IProgress<double> Progress);
