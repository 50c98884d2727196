using System.Globalization;
using System.Text;

namespace YouTubeStudio.Core.Generation;

/// <summary>
/// The "offline writer": a deterministic template writer that needs no network. The topic (with niche
/// and style) seeds every choice, so one topic always gets the same script and different topics get
/// different titles, hooks, angles and calls to action. It writes English whatever the requested
/// language; narration is sized to the target length at about 2.5 spoken words per second.
/// </summary>
public sealed class OfflineScriptWriter(TimeProvider timeProvider) : IScriptWriter
{
    public const string ProviderName = "offline-writer";

    public const int MaxTitleLength = 100;
    public const int MaxTags = 15;
    public const int MaxTagCharacters = 500;

    private sealed record Angle(string Heading, string OnScreen, string[] Sentences);

    private static readonly string[] Titles =
    [
        "{Topic}: What Nobody Tells You",
        "The Truth About {Topic}",
        "{Topic} Explained in {N} Simple Steps",
        "{Topic}, Explained Simply",
        "{Topic}: Stop Making These Mistakes",
        "{N} Things to Know About {Topic}",
    ];

    private static readonly string[] Hooks =
    [
        "Most people overcomplicate {topic}, and it costs them more than they think.",
        "Here is what nobody tells you about {topic}.",
        "If you care about {niche}, {topic} is the one thing worth understanding today.",
        "You can understand {topic} in less time than it takes to make a coffee.",
        "What if everything you heard about {topic} was only half the story?",
    ];

    private static readonly string[] HookFollowUps =
    [
        "In the next {length} you will learn {n} ideas that make it simple.",
        "No jargon and no fluff, just what works.",
        "Stay until the end for the step that ties it all together.",
        "Whether you are just starting out or have tried before, this will save you time.",
        "Let us break it down one piece at a time.",
    ];

    private static readonly Angle[] Angles =
    [
        new("Why {Topic} matters", "Small choices, big results",
        [
            "{Topic} shapes more of your {niche} results than almost anything else.",
            "Get it right and everything after it becomes easier.",
            "Get it wrong and you spend weeks fixing problems that never had to happen.",
            "That is why experienced people check this first.",
            "It is not glamorous, but it quietly decides the outcome.",
            "Once you see its effect, you will notice it everywhere.",
            "It is also one of the easiest things to improve once you know where to look.",
            "Even a small change here shows up in everything that follows.",
        ]),
        new("The mistake most people make", "Don't skip the basics",
        [
            "The most common mistake is trying to skip the basics of {topic}.",
            "People copy what they see online without knowing why it works.",
            "When it fails, they blame the method instead of the missing step.",
            "Slow down on the first attempt and every attempt after it gets faster.",
            "Write down what you did, so you can repeat what worked.",
            "Another classic is changing everything at once after one bad result.",
            "Give each change enough time to show what it really does.",
            "Patience here is not a virtue, it is a technique.",
        ]),
        new("How it really works", "Understand the why",
        [
            "At its core, {topic} comes down to a few simple ideas.",
            "Once you see how the pieces connect, the advice stops feeling random.",
            "Each step exists to solve one specific problem.",
            "Keep that in mind and you can adapt it to your own situation.",
            "That is the difference between following a recipe and knowing how to cook.",
            "It also tells you which rules you can bend and which you cannot.",
            "When something goes wrong, you will know where to look first.",
        ]),
        new("A quick example", "Start small, then build",
        [
            "Picture someone new to {niche}, working on {topic} for the first time.",
            "They start with one small, clear goal instead of ten.",
            "After a week they can see what works and what does not.",
            "That feedback is worth more than any long checklist.",
            "A month later, the hard parts have become routine.",
            "The surprising part is how little time it took each day.",
            "What made the difference was paying attention, not working harder.",
        ]),
        new("Three quick tips", "Measure. Simplify. Repeat.",
        [
            "First, measure where you are before you change anything.",
            "Second, change one thing at a time, so you know what helped.",
            "Third, repeat what works until it becomes a habit.",
            "These three rules cover most of what the experts do.",
            "They sound simple because they are, and that is why they last.",
            "Most people skip the first one, and that is where the guessing starts.",
            "If you only remember one, make it the second.",
        ]),
        new("A myth worth dropping", "More is not always better",
        [
            "A popular myth says that with {topic}, more effort always means better results.",
            "In reality, consistency beats intensity almost every time.",
            "A little done well every day outperforms a big push once a month.",
            "So set a pace you can keep, even on busy weeks.",
            "Your future self will thank you for the boring, steady version.",
            "Another myth is that you need talent to get started.",
            "In practice, a clear routine matters far more than talent.",
        ]),
        new("What you actually need", "Keep your setup simple",
        [
            "You do not need expensive gear to get good at {topic}.",
            "A simple setup and a clear routine will take you surprisingly far.",
            "Upgrade only when you know exactly which problem the upgrade solves.",
            "Until then, spend your energy on practice rather than shopping.",
            "The best tool is the one you actually use.",
            "Free resources and a notebook cover most of the early questions.",
            "Borrow before you buy, and you will buy the right thing later.",
        ]),
    ];

    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "after", "before", "better", "every", "from", "into", "more", "most", "over", "that", "their", "them", "then",
        "there", "these", "this", "what", "when", "where", "which", "while", "with", "your", "healthy", "good", "best", "easy",
    };

    private static readonly string[] OutroSentences =
    [
        "So here is your next step.",
        "Pick one idea from this video and try it today.",
        "Notice what changes, and keep what works.",
        "Small steps add up faster than you expect.",
        "Come back to this video whenever you need a refresher.",
    ];

    private static readonly string[] CallsToAction =
    [
        "Subscribe for more {niche} tips every week.",
        "Follow for more quick lessons on {niche}.",
        "If this helped, like the video and subscribe for more.",
        "Subscribe so you do not miss the next {niche} video.",
    ];

    public async Task<ScriptResult> WriteAsync(ScriptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var startedAt = timeProvider.GetTimestamp();
        var (script, cpuSeconds) = await CpuClock.RunMeasuredAsync(() => Write(request), cancellationToken).ConfigureAwait(false);
        var usage = new StageUsage(ProviderName,
            Characters: script.Scenes.Sum(s => (long)s.Narration.Length),
            CpuSeconds: cpuSeconds,
            WallSeconds: timeProvider.GetElapsedTime(startedAt).TotalSeconds);
        return new ScriptResult(script, usage);
    }

    /// <summary>The script for <paramref name="request"/>; pure and deterministic.</summary>
    public static VideoScript Write(ScriptRequest request)
    {
        var topic = Normalise(request.Topic);
        if (topic.Length == 0)
        {
            throw new GenerationException("script_invalid", "A script needs a topic; the request's topic is empty.");
        }

        var niche = Normalise(request.Niche);
        var nichePhrase = niche.Length == 0 ? "this subject" : niche.ToLowerInvariant();
        var seed = StableHash.Of($"{topic}|{niche}|{request.Style}");
        var random = new Random(seed);

        var targetSeconds = request.EffectiveTargetSeconds;
        var sectionCount = SectionCount(request.Format, targetSeconds);
        var angles = Enumerable.Range(0, Angles.Length).OrderBy(_ => random.Next()).Take(sectionCount).Order()
            .Select(i => Angles[i]).ToList();

        string Fill(string template) => template
            .Replace("{Topic}", Capitalise(topic), StringComparison.Ordinal)
            .Replace("{topic}", topic, StringComparison.Ordinal)
            .Replace("{niche}", nichePhrase, StringComparison.Ordinal)
            .Replace("{N}", sectionCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", NumberWord(sectionCount), StringComparison.Ordinal)
            .Replace("{length}", LengthPhrase(targetSeconds), StringComparison.Ordinal);

        // Word budget: the hook and the outro get about a sixth each, the sections share the rest.
        var totalWords = targetSeconds * Chapters.WordsPerSecond;
        var edgeWords = totalWords * 0.16;
        var sectionWords = (totalWords - 2 * edgeWords) / sectionCount;

        var title = Truncate(Fill(Pick(Titles, random)), MaxTitleLength);
        var hook = Fill(Pick(Hooks, random));
        var callToAction = Fill(Pick(CallsToAction, random));

        var scenes = new List<ScriptScene>
        {
            new(0, title, Narrate([hook, .. Rotate(HookFollowUps, random).Select(Fill)], edgeWords), ShortText(Capitalise(topic))),
        };
        foreach (var angle in angles)
        {
            // A very short video has no room for a full sentence per section: the key line is spoken instead.
            var sentences = angle.Sentences.Select(Fill).ToList();
            var narration = Chapters.CountWords(sentences[0]) > sectionWords * 1.5 ? Fill(angle.OnScreen) : Narrate(sentences, sectionWords);
            scenes.Add(new ScriptScene(scenes.Count, Fill(angle.Heading), narration, Fill(angle.OnScreen)));
        }

        var outroBudget = edgeWords - Chapters.CountWords(callToAction);
        var outro = outroBudget < 3 ? callToAction : $"{Narrate(OutroSentences, outroBudget)} {callToAction}";
        scenes.Add(new ScriptScene(scenes.Count, "Your next step", outro, "Try one idea today"));

        var estimated = scenes.Select(s => Chapters.EstimateDuration(s.Narration)).ToList();
        var tags = BuildTags(topic, niche);
        var description = new StringBuilder()
            .Append(hook).Append(' ')
            .Append("In this video: ").Append(string.Join(", ", angles.Select(a => Fill(a.Heading).ToLowerInvariant()))).Append('.')
            .Append("\n\n").Append(Chapters.Format(Chapters.Build(scenes, estimated)))
            .Append("\n\n").Append(string.Join(' ', tags.Take(3).Select(t => "#" + t.Replace(" ", "", StringComparison.Ordinal))))
            .ToString();

        return new VideoScript(title, hook, scenes, callToAction, description, tags);
    }

    private static int SectionCount(VideoFormat format, int targetSeconds) => format switch
    {
        VideoFormat.Shorts => targetSeconds <= 30 ? 3 : 4,
        _ => targetSeconds <= 60 ? 3 : targetSeconds <= 120 ? 4 : targetSeconds <= 180 ? 5 : 6,
    };

    /// <summary>Sentences in order until the word budget is spent; always at least one.</summary>
    private static string Narrate(IReadOnlyList<string> sentences, double wordBudget)
    {
        var chosen = new List<string> { sentences[0] };
        var words = Chapters.CountWords(sentences[0]);
        foreach (var sentence in sentences.Skip(1))
        {
            var next = Chapters.CountWords(sentence);
            // Stop when the sentence would overshoot the budget by more than half its own length.
            if (words + next / 2.0 > wordBudget)
            {
                break;
            }

            chosen.Add(sentence);
            words += next;
        }

        return string.Join(' ', chosen);
    }

    private static IReadOnlyList<string> BuildTags(string topic, string niche)
    {
        var t = topic.ToLowerInvariant();
        var n = niche.ToLowerInvariant();
        var candidates = new List<string> { t, $"{t} tips", $"{t} explained", $"{t} for beginners", $"{t} step by step" };
        if (n.Length > 0)
        {
            candidates.AddRange([n, $"{n} tips", $"{n} {t}", $"learn {n}"]);
        }

        candidates.AddRange(t.Split(' ').Where(w => w.Length > 3 && !w.EndsWith("ing", StringComparison.Ordinal) && !CommonWords.Contains(w)));
        candidates.AddRange([$"{t} guide", $"{t} mistakes", "tips and tricks", "beginner guide", "shorts"]);

        var tags = new List<string>();
        foreach (var tag in candidates.Select(c => Truncate(c, 100)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (tags.Count == MaxTags || TagCharacters([.. tags, tag]) > MaxTagCharacters)
            {
                break;
            }

            tags.Add(tag);
        }

        return tags;
    }

    /// <summary>How YouTube counts the tag limit: commas between tags and quotes around tags with spaces count too.</summary>
    public static int TagCharacters(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        return list.Sum(t => t.Length + (t.Contains(' ', StringComparison.Ordinal) ? 2 : 0)) + Math.Max(0, list.Count - 1);
    }

    private static IEnumerable<string> Rotate(string[] items, Random random)
    {
        var start = random.Next(items.Length);
        return items.Skip(start).Concat(items.Take(start));
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string ShortText(string text) => Truncate(text, 60);

    /// <summary>Cuts at a word boundary and marks the cut, so titles never break mid-word.</summary>
    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..(maxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > maxLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ':', ';', '-') + "…";
    }

    private static string NumberWord(int n) => n switch
    {
        3 => "three", 4 => "four", 5 => "five", 6 => "six", _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string LengthPhrase(int seconds) =>
        seconds < 90 ? "minute" : $"{(int)Math.Round(seconds / 60.0)} minutes";
}
