using SkiaSharp;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// Slides drawn with SkiaSharp on the CPU. The bottom quarter is kept free of slide text because the
/// subtitles are burned in there.
/// </summary>
public sealed class SkiaSceneRenderer(TimeProvider timeProvider) : ISceneRenderer
{
    public const string ProviderName = "skia";

    /// <summary>The share of the height at the bottom left to the burned subtitles.</summary>
    public const float SubtitleZone = 0.24f;

    public async Task<SceneRenderResult> RenderAsync(
        VideoScript script, VideoFormat format, SceneStyle style, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(style);
        Directory.CreateDirectory(outputDirectory);
        var startedAt = timeProvider.GetTimestamp();
        var (files, cpu) = await CpuClock.RunMeasuredAsync(() =>
        {
            var paths = new List<string>();
            foreach (var scene in script.Scenes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.GetFullPath(Path.Combine(outputDirectory, $"scene_{scene.Index}.png"));
                Render(script, scene, format, style, path);
                paths.Add(path);
            }

            return paths;
        }, cancellationToken).ConfigureAwait(false);

        return new SceneRenderResult(files, new StageUsage(ProviderName, CpuSeconds: cpu, WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds));
    }

    /// <summary>The text boxes of a slide, worked out once so drawing and tests agree on them.</summary>
    internal sealed record SlideLayout(SKRect Channel, SKRect Heading, SKRect Body, SKRect ProgressBar);

    internal static SlideLayout Layout(VideoFormat format)
    {
        float width = format.Width(), height = format.Height();
        var margin = width * 0.07f;
        var unit = Math.Min(width, height);
        var textBottom = height * (1 - SubtitleZone);
        var channel = new SKRect(margin, margin * 0.8f, width - margin, margin * 0.8f + unit * 0.05f);
        var headingTop = channel.Bottom + unit * 0.05f;
        var heading = new SKRect(margin, headingTop, width - margin, headingTop + (textBottom - headingTop) * 0.3f);
        var body = new SKRect(margin, heading.Bottom + unit * 0.03f, width - margin, textBottom);
        var bar = new SKRect(margin, height - margin * 0.6f - unit * 0.012f, width - margin, height - margin * 0.6f);
        return new SlideLayout(channel, heading, body, bar);
    }

    internal static void Render(VideoScript script, ScriptScene scene, VideoFormat format, SceneStyle style, string path)
    {
        var background = Painter.ParseColour(style.BackgroundHex, "background");
        var accent = Painter.ParseColour(style.AccentHex, "accent");
        var text = Painter.TextOn(background);
        var layout = Layout(format);
        var unit = (float)Math.Min(format.Width(), format.Height());

        using var surface = SKSurface.Create(new SKImageInfo(format.Width(), format.Height(), SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(background);

        using (var band = new SKPaint { Color = accent, IsAntialias = true })
        {
            canvas.DrawRect(0, 0, format.Width(), unit * 0.012f, band);
        }

        var channel = TextLayout.Fit(style.ChannelName.ToUpperInvariant(), Fonts.Bold, layout.Channel.Width, layout.Channel.Height, unit * 0.04f, unit * 0.02f);
        Painter.DrawBlock(canvas, channel, Fonts.Bold, layout.Channel, accent.WithAlpha(220), centre: false);

        if (scene.Index == 0)
        {
            // Title card: the title fills heading and body together, the key line sits under it in the accent colour.
            var titleBox = new SKRect(layout.Heading.Left, layout.Heading.Top, layout.Heading.Right, layout.Body.Top + layout.Body.Height * 0.6f);
            var subtitleBox = new SKRect(layout.Body.Left, titleBox.Bottom + unit * 0.02f, layout.Body.Right, layout.Body.Bottom);
            var title = TextLayout.Fit(script.Title, Fonts.Bold, titleBox.Width, titleBox.Height, unit * 0.11f, unit * 0.035f);
            Painter.DrawBlock(canvas, title, Fonts.Bold, titleBox, text, centre: true);
            var key = TextLayout.Fit(scene.OnScreenText, Fonts.Regular, subtitleBox.Width, subtitleBox.Height, unit * 0.06f, unit * 0.03f);
            Painter.DrawBlock(canvas, key, Fonts.Regular, subtitleBox, accent, centre: true, verticalCentre: false);
        }
        else
        {
            var heading = TextLayout.Fit(scene.Heading, Fonts.Bold, layout.Heading.Width, layout.Heading.Height, unit * 0.075f, unit * 0.03f);
            Painter.DrawBlock(canvas, heading, Fonts.Bold, layout.Heading, accent, centre: false);
            var body = TextLayout.Fit(scene.OnScreenText, Fonts.Bold, layout.Body.Width, layout.Body.Height, unit * 0.1f, unit * 0.035f);
            Painter.DrawBlock(canvas, body, Fonts.Bold, layout.Body, text, centre: true);
        }

        DrawProgress(canvas, layout.ProgressBar, (scene.Index + 1) / (float)Math.Max(1, script.Scenes.Count), accent, text);
        Painter.SavePng(surface, path);
    }

    private static void DrawProgress(SKCanvas canvas, SKRect bar, float fraction, SKColor accent, SKColor text)
    {
        var radius = bar.Height / 2;
        using var track = new SKPaint { Color = text.WithAlpha(50), IsAntialias = true };
        using var fill = new SKPaint { Color = accent, IsAntialias = true };
        canvas.DrawRoundRect(bar, radius, radius, track);
        canvas.DrawRoundRect(new SKRect(bar.Left, bar.Top, bar.Left + bar.Width * Math.Clamp(fraction, 0, 1), bar.Bottom), radius, radius, fill);
    }
}
