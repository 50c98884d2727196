using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FFMpegCore;
using FFMpegCore.Enums;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// ffmpeg through FFMpegCore. Slides go in through the concat demuxer with a duration per image
/// (one decode per slide instead of one looping input each), the voice as the audio track, the .ass
/// file through the subtitles filter. CPU time is ffmpeg's own: <c>-benchmark</c> makes it print
/// the user and system time the kernel charged it, because FFMpegCore does not expose the process.
/// </summary>
public sealed partial class FfmpegVideoAssembler(TimeProvider timeProvider) : IVideoAssembler
{
    public const string ProviderName = "ffmpeg";
    public const int FramesPerSecond = 30;
    private const int LogTailLines = 15;

    public async Task<VideoAssemblyResult> AssembleAsync(
        VideoAssemblyRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        cancellationToken.ThrowIfCancellationRequested();

        var startedAt = timeProvider.GetTimestamp();
        var output = Path.GetFullPath(request.OutputPath);
        var workDirectory = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(workDirectory);
        var total = request.SceneDurations.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
        var listPath = Path.Combine(workDirectory, $"{Path.GetFileNameWithoutExtension(output)}.ffconcat");
        await File.WriteAllTextAsync(listPath, ConcatList(request), cancellationToken).ConfigureAwait(false);
        var subtitles = request.SubtitlesPath is null ? null : FilterSafePath(Path.GetFullPath(request.SubtitlesPath), workDirectory);

        var log = new ConcurrentQueue<string>();
        var processor = FFMpegArguments
            .FromFileInput(listPath, false, o => o.WithCustomArgument("-f concat -safe 0"))
            .AddFileInput(Path.GetFullPath(request.VoicePath))
            .OutputToFile(output, true, o =>
            {
                o.WithCustomArgument("-map 0:v:0 -map 1:a:0")
                    .WithVideoCodec(VideoCodec.LibX264)
                    .WithSpeedPreset(EncoderPreset.VeryFast)
                    .WithConstantRateFactor(23)
                    .WithCustomArgument("-pix_fmt yuv420p")
                    .WithFrameRate(FramesPerSecond)
                    .WithAudioCodec(AudioCodec.Aac)
                    .WithAudioBitrate(128)
                    .WithFastStart()
                    .WithCustomArgument(string.Create(CultureInfo.InvariantCulture, $"-t {total.TotalSeconds:0.###} -benchmark"));
                // The concat demuxer yields one frame per slide; turn that into a steady frame rate before the
                // subtitles filter, or each slide's first subtitle is burned into it and repeated for the whole scene.
                o.WithVideoFilters(f =>
                {
                    f.Fps(FramesPerSecond);
                    if (subtitles is not null)
                    {
                        f.BurnSubtitles(subtitles, _ => { });
                    }
                });
            })
            .NotifyOnStandardError(line =>
            {
                log.Enqueue(line);
                while (log.Count > 200 && log.TryDequeue(out _))
                {
                }
            })
            .NotifyOnProgress(time => progress?.Report(Math.Clamp(time / total, 0, 1)))
            // A zero grace period: on cancel ffmpeg is killed at once instead of being asked to finish.
            .CancellableThrough(cancellationToken, TimeSpan.Zero);

        FFMpegResult? result = null;
        Exception? failure = null;
        try
        {
            result = await processor.ProcessAsynchronously(false).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ex;
        }
        finally
        {
            File.Delete(listPath);
        }

        if (cancellationToken.IsCancellationRequested || result?.Cancelled == true)
        {
            TryDelete(output);
            throw new OperationCanceledException("Video assembly was cancelled.", cancellationToken);
        }

        var lines = log.ToArray();
        if (failure is not null || result is null || !result.Success || !File.Exists(output))
        {
            TryDelete(output);
            var tail = string.Join('\n', lines.Where(l => !l.StartsWith("frame=", StringComparison.Ordinal)).TakeLast(LogTailLines));
            throw new GenerationException("render_error",
                $"ffmpeg could not assemble the video (exit code {result?.ExitCode.ToString(CultureInfo.InvariantCulture) ?? "none"}): {failure?.Message}\n{tail}".Trim(),
                isTransient: false, failure);
        }

        progress?.Report(1);
        var usage = new StageUsage(ProviderName, CpuSeconds: ParseCpuSeconds(lines), WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds);
        return new VideoAssemblyResult(output, total, usage);
    }

    private static void Validate(VideoAssemblyRequest request)
    {
        if (request.SceneImages.Count == 0 || request.SceneImages.Count != request.SceneDurations.Count)
        {
            throw new ArgumentException($"Need one duration per scene image; got {request.SceneImages.Count} images and {request.SceneDurations.Count} durations.", nameof(request));
        }

        if (request.SceneDurations.Any(d => d <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every scene must last longer than zero.", nameof(request));
        }

        foreach (var file in request.SceneImages.Append(request.VoicePath).Concat(request.SubtitlesPath is null ? [] : [request.SubtitlesPath]))
        {
            if (!File.Exists(file))
            {
                throw new GenerationException("render_error", $"The input file {file} does not exist.");
            }
        }
    }

    /// <summary>
    /// The concat demuxer's script: each image with its duration. The demuxer ignores the duration of
    /// the last entry, so the last image is listed once more; -t cuts the video at the voice's end.
    /// </summary>
    internal static string ConcatList(VideoAssemblyRequest request)
    {
        var text = new StringBuilder("ffconcat version 1.0\n");
        for (var i = 0; i < request.SceneImages.Count; i++)
        {
            text.Append("file ").Append(Quote(Path.GetFullPath(request.SceneImages[i]))).Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"duration {request.SceneDurations[i].TotalSeconds:0.000}\n");
        }

        text.Append("file ").Append(Quote(Path.GetFullPath(request.SceneImages[^1]))).Append('\n');
        return text.ToString();
    }

    private static string Quote(string path) => "'" + path.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// The subtitles filter takes its path inside a filter graph inside one command line, where quotes,
    /// colons and commas all mean something; a path with such characters is copied to a plain name.
    /// </summary>
    private static string FilterSafePath(string path, string workDirectory)
    {
        if (SafePath().IsMatch(path))
        {
            return path;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"ytstudio-{Guid.NewGuid():N}.ass");
        File.Copy(path, copy);
        return copy;
    }

    /// <summary>Sums the "bench: utime=1.234s stime=0.056s" line ffmpeg prints with -benchmark.</summary>
    internal static double ParseCpuSeconds(IEnumerable<string> lines)
    {
        foreach (var line in lines.Reverse())
        {
            var match = BenchLine().Match(line);
            if (match.Success)
            {
                return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A half-written file that cannot be removed is overwritten by the next attempt.
        }
    }

    [GeneratedRegex(@"bench:\s+utime=([\d.]+)s\s+stime=([\d.]+)s")]
    private static partial Regex BenchLine();

    [GeneratedRegex(@"^[A-Za-z0-9/_.\-]+$")]
    private static partial Regex SafePath();
}
