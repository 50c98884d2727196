using System.Globalization;
using System.Text.RegularExpressions;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// The local voice: espeak-ng, one run per scene. Text goes through a file (<c>-f</c>) and arguments
/// through an argument list, so narration can never be read as an option or by a shell. CPU time is
/// what the kernel charged the espeak-ng processes plus this process's own work joining the files.
/// </summary>
public sealed partial class EspeakVoiceSynthesizer(TimeProvider timeProvider) : IVoiceSynthesizer
{
    public const string ProviderName = "espeak-ng";

    /// <summary>The pause after each scene, so scene changes do not cut a sentence's breath.</summary>
    public static readonly TimeSpan ScenePause = TimeSpan.FromMilliseconds(350);

    internal string Executable { get; init; } = "espeak-ng";

    public async Task<VoiceResult> SynthesizeAsync(
        IReadOnlyList<string> narrations, VoiceSettings settings, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(narrations);
        ArgumentNullException.ThrowIfNull(settings);
        if (narrations.Count == 0)
        {
            throw new ArgumentException("There is no narration to speak.", nameof(narrations));
        }

        // A name starting with '-' would be read as an option; espeak-ng names are letters, digits and - _ + / only.
        if (!VoiceName().IsMatch(settings.Voice))
        {
            throw new GenerationException("voice_error", $"'{settings.Voice}' is not an espeak-ng voice name (try 'en-us'; espeak-ng --voices lists them).");
        }

        if (settings.WordsPerMinute is < 80 or > 450)
        {
            throw new GenerationException("voice_error", $"espeak-ng speaks at 80 to 450 words per minute; {settings.WordsPerMinute} is outside that.");
        }

        Directory.CreateDirectory(outputDirectory);
        var startedAt = timeProvider.GetTimestamp();
        double childCpu = 0;
        var files = new List<string>();
        for (var i = 0; i < narrations.Count; i++)
        {
            var wavPath = Path.GetFullPath(Path.Combine(outputDirectory, $"scene_{i}.wav"));
            var textPath = Path.GetFullPath(Path.Combine(outputDirectory, $"scene_{i}.txt"));
            await File.WriteAllTextAsync(textPath, narrations[i] ?? "", cancellationToken).ConfigureAwait(false);
            childCpu += await SpeakAsync(textPath, wavPath, settings, cancellationToken).ConfigureAwait(false);
            files.Add(wavPath);
        }

        var combinedPath = Path.GetFullPath(Path.Combine(outputDirectory, "voice.wav"));
        var (scenes, ownCpu) = await CpuClock.RunMeasuredAsync(() => Combine(files, combinedPath), cancellationToken).ConfigureAwait(false);
        var total = scenes.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
        var usage = new StageUsage(ProviderName, settings.Voice,
            Characters: narrations.Sum(n => (long)(n?.Length ?? 0)),
            CpuSeconds: childCpu + ownCpu,
            WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds);
        return new VoiceResult(scenes, combinedPath, total, usage);
    }

    private async Task<double> SpeakAsync(string textPath, string wavPath, VoiceSettings settings, CancellationToken cancellationToken)
    {
        ChildProcessResult result;
        try
        {
            result = await ChildProcess.RunAsync(Executable,
                ["-v", settings.Voice, "-s", settings.WordsPerMinute.ToString(CultureInfo.InvariantCulture), "-w", wavPath, "-f", textPath],
                cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new GenerationException("voice_error", $"Could not run {Executable}; is espeak-ng installed? {ex.Message}", isTransient: false, ex);
        }

        if (result.ExitCode != 0 || !File.Exists(wavPath))
        {
            var stderr = result.StandardError.Trim();
            var message = stderr.Contains("voice does not exist", StringComparison.OrdinalIgnoreCase) || stderr.Contains("Failed to read voice", StringComparison.OrdinalIgnoreCase)
                ? $"espeak-ng has no voice '{settings.Voice}' (espeak-ng --voices lists them)."
                : $"espeak-ng failed with exit code {result.ExitCode}: {stderr}";
            throw new GenerationException("voice_error", message);
        }

        return result.CpuSeconds;
    }

    private static IReadOnlyList<SceneVoice> Combine(IReadOnlyList<string> files, string combinedPath)
    {
        var parts = files.Select(WavFile.Read).ToList();
        var first = parts[0];
        if (parts.Any(p => p.Channels != first.Channels || p.SampleRate != first.SampleRate || p.BitsPerSample != first.BitsPerSample))
        {
            throw new GenerationException("voice_error", "espeak-ng wrote scene files in different formats; they cannot be joined.");
        }

        var pause = WavFile.Silence(first.Channels, first.SampleRate, first.BitsPerSample, ScenePause);
        using var samples = new MemoryStream();
        var scenes = new List<SceneVoice>();
        var start = TimeSpan.Zero;
        for (var i = 0; i < parts.Count; i++)
        {
            samples.Write(parts[i].Samples);
            samples.Write(pause.Samples);
            var slot = parts[i].Duration + pause.Duration;
            scenes.Add(new SceneVoice(i, files[i], start, parts[i].Duration, slot));
            start += slot;
        }

        (first with { Samples = samples.ToArray() }).Write(combinedPath);
        return scenes;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_+\-/.]{0,63}$")]
    private static partial Regex VoiceName();
}
