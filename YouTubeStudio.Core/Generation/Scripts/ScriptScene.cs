namespace YouTubeStudio.Core.Generation;

/// <summary>One narrated scene: a slide with <paramref name="Heading"/> and <paramref name="OnScreenText"/> shown while <paramref name="Narration"/> is spoken.</summary>
public sealed record ScriptScene(int Index, string Heading, string Narration, string OnScreenText);
