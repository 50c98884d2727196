namespace YouTubeStudio.Core.Generation;

/// <summary>An espeak-ng voice name (<c>espeak-ng --voices</c> lists them, e.g. "en-us") and the speaking rate.</summary>
public sealed record VoiceSettings(string Voice = "en-us", int WordsPerMinute = 175);
