using System.Globalization;
using System.Text;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// Advanced SubStation Alpha subtitles. PlayResX/PlayResY are the video size so font sizes and
/// margins are in video pixels (.srt sizes are relative to 384x288 and come out tiny). Each scene's
/// narration is shown in chunks of about eight words, timed in proportion to their length across the
/// time that scene's speech takes.
/// </summary>
public sealed class AssSubtitleWriter : ISubtitleWriter
{
    public const int WordsPerChunk = 8;

    public async Task<string> WriteAsync(
        VideoScript script, IReadOnlyList<SceneVoice> voices, VideoFormat format, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(voices);
        var text = Build(script, voices.Select(v => v.Duration).ToList(), format, voices.Select(v => v.SpeechDuration).ToList());
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllTextAsync(fullPath, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return fullPath;
    }

    /// <summary>
    /// The .ass text. Scene i starts where scenes 0..i-1 end (<paramref name="sceneDurations"/>); its lines
    /// run over <paramref name="speechDurations"/>[i] when given (the pause after speech stays empty), else over the whole slot.
    /// </summary>
    public static string Build(VideoScript script, IReadOnlyList<TimeSpan> sceneDurations, VideoFormat format, IReadOnlyList<TimeSpan>? speechDurations = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(sceneDurations);
        if (sceneDurations.Count != script.Scenes.Count || (speechDurations is not null && speechDurations.Count != script.Scenes.Count))
        {
            throw new ArgumentException($"Need one duration per scene ({script.Scenes.Count}).", nameof(sceneDurations));
        }

        int width = format.Width(), height = format.Height();
        var fontSize = (int)Math.Round(Math.Min(width, height) * (format == VideoFormat.Shorts ? 0.066 : 0.056));
        var marginH = (int)Math.Round(width * 0.08);
        var marginV = (int)Math.Round(height * 0.07);
        var ass = new StringBuilder();
        ass.Append(CultureInfo.InvariantCulture, $"""
            [Script Info]
            ; Written by YouTube Studio
            ScriptType: v4.00+
            PlayResX: {width}
            PlayResY: {height}
            WrapStyle: 0
            ScaledBorderAndShadow: yes
            YCbCr Matrix: TV.709

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
            Style: Default,DejaVu Sans,{fontSize},&H00FFFFFF,&H000000FF,&H00101010,&H96000000,-1,0,0,0,100,100,0,0,1,{Math.Max(2, fontSize / 14)},2,2,{marginH},{marginH},{marginV},1

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text

            """);

        var sceneStart = TimeSpan.Zero;
        for (var i = 0; i < script.Scenes.Count; i++)
        {
            var spoken = speechDurations?[i] ?? sceneDurations[i];
            var chunks = Chunk(script.Scenes[i].Narration);
            var totalLength = chunks.Sum(c => c.Length);
            var start = sceneStart;
            foreach (var chunk in chunks)
            {
                var end = start + spoken * ((double)chunk.Length / totalLength);
                ass.Append(CultureInfo.InvariantCulture, $"Dialogue: 0,{Timestamp(start)},{Timestamp(end)},Default,,0,0,0,,{Escape(chunk)}\n");
                start = end;
            }

            sceneStart += sceneDurations[i];
        }

        return ass.ToString();
    }

    /// <summary>Splits narration into chunks of at most <see cref="WordsPerChunk"/> words, evenly sized.</summary>
    public static IReadOnlyList<string> Chunk(string narration)
    {
        var words = (narration ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var count = (words.Length + WordsPerChunk - 1) / WordsPerChunk;
        var chunks = new List<string>();
        var taken = 0;
        for (var c = 0; c < count; c++)
        {
            var size = (words.Length - taken + (count - c) - 1) / (count - c);
            chunks.Add(string.Join(' ', words, taken, size));
            taken += size;
        }

        return chunks;
    }

    /// <summary>
    /// Makes text literal for libass: braces would open override blocks, so they become \{ \}; a
    /// backslash gets a zero-width space after it so "\n", "\N" or "\h" in the text stay text; line
    /// breaks become \N.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\u200B"); break;
                case '{': escaped.Append("\\{"); break;
                case '}': escaped.Append("\\}"); break;
                case '\n': escaped.Append("\\N"); break;
                case '\r': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>H:MM:SS.cc, the centisecond clock .ass uses.</summary>
    public static string Timestamp(TimeSpan time)
    {
        var centiseconds = (long)Math.Round(time.TotalMilliseconds / 10, MidpointRounding.AwayFromZero);
        var hours = centiseconds / 360000;
        var minutes = centiseconds / 6000 % 60;
        var seconds = centiseconds / 100 % 60;
        return string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}.{centiseconds % 100:00}");
    }
}
