using System.Diagnostics;
using FFMpegCore;
using SkiaSharp;
using Xunit.Abstractions;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

/// <summary>All stages end to end with the real espeak-ng and ffmpeg, as the queue will run them.</summary>
public sealed class GenerationPipelineTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-test").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Theory]
    [InlineData(VideoFormat.Shorts, 1080, 1920, 10)]
    [InlineData(VideoFormat.Landscape, 1920, 1080, 8)]
    public async Task AllStages_ProduceAPlayableFastStartMp4AndAThumbnail(VideoFormat format, int width, int height, int targetSeconds)
    {
        var time = TimeProvider.System;
        var style = new SceneStyle("Garden Lab", "#14213D", "#FCA311");
        var clock = Stopwatch.StartNew();

        var script = (await new OfflineScriptWriter(time).WriteAsync(new ScriptRequest("keeping compost healthy", "gardening", Format: format, TargetSeconds: targetSeconds))).Script;
        var voice = await new EspeakVoiceSynthesizer(time).SynthesizeAsync(script.Scenes.Select(s => s.Narration).ToList(), new VoiceSettings("en-us", 190), _folder);
        var scenes = await new SkiaSceneRenderer(time).RenderAsync(script, format, style, _folder);
        var subtitles = await new AssSubtitleWriter().WriteAsync(script, voice.Scenes, format, Path.Combine(_folder, "subtitles.ass"));
        var progress = new List<double>();
        var video = await new FfmpegVideoAssembler(time).AssembleAsync(
            new VideoAssemblyRequest(scenes.Files, voice.SceneDurations, voice.CombinedFile, subtitles, format, Path.Combine(_folder, "video.mp4")),
            new SyncProgress(progress));
        var thumbnail = await new SkiaThumbnailRenderer(time).RenderAsync(script, style, Path.Combine(_folder, "thumbnail.png"));
        var metadata = (await new ScriptMetadataWriter(time).WriteAsync(script, voice.SceneDurations)).Metadata;
        clock.Stop();

        output.WriteLine($"{format}: {voice.TotalDuration.TotalSeconds:0.0} s of video, {script.Scenes.Count} scenes, all stages {clock.Elapsed.TotalSeconds:0.0} s; " +
                         $"voice cpu {voice.Usage.CpuSeconds:0.00} s, slides cpu {scenes.Usage.CpuSeconds:0.00} s, ffmpeg cpu {video.Usage.CpuSeconds:0.00} s / wall {video.Usage.WallSeconds:0.0} s");

        var probe = await FFProbe.AnalyseAsync(video.FilePath);
        Assert.Equal(voice.TotalDuration.TotalSeconds, probe.Duration.TotalSeconds, 1.0);
        Assert.NotNull(probe.PrimaryVideoStream);
        Assert.Equal("h264", probe.PrimaryVideoStream!.CodecName);
        Assert.Equal(width, probe.PrimaryVideoStream.Width);
        Assert.Equal(height, probe.PrimaryVideoStream.Height);
        Assert.Equal("yuv420p", probe.PrimaryVideoStream.PixelFormat);
        Assert.Equal("aac", probe.PrimaryAudioStream?.CodecName);
        Assert.Equal(voice.TotalDuration.TotalSeconds, probe.PrimaryAudioStream!.Duration.TotalSeconds, 1.0);

        var boxes = Mp4Boxes.TopLevel(video.FilePath);
        Assert.Contains("moov", boxes);
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));

        Assert.NotEmpty(progress);
        Assert.Equal(1.0, progress[^1]);
        Assert.All(progress, p => Assert.InRange(p, 0, 1));
        Assert.Equal("ffmpeg", video.Usage.Provider);
        Assert.True(video.Usage.CpuSeconds > 0, "ffmpeg's CPU time should be measured");

        using var codec = SKCodec.Create(thumbnail.FilePath);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        Assert.Equal(1280, codec.Info.Width);
        Assert.Equal(720, codec.Info.Height);

        Assert.StartsWith("0:00 Intro", metadata.Chapters[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("0:00 Intro", metadata.Description, StringComparison.Ordinal);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool, so its last report can arrive after the await; this one records at once.</summary>
    private sealed class SyncProgress(List<double> values) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (values)
            {
                values.Add(value);
            }
        }
    }
}
