using FFMpegCore;
using YouTubeStudio.Core.Generation;

namespace YouTubeStudio.Tests.Generation;

public sealed class EspeakVoiceSynthesizerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("voice-test").FullName;
    private readonly EspeakVoiceSynthesizer _synthesizer = new(TimeProvider.System);

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public async Task SynthesizeAsync_WritesOneFilePerSceneAndJoinsThemIntoVoiceWav()
    {
        string[] narrations = ["Compost should smell like a forest floor.", "If it smells bad, add dry leaves and turn the pile. That is all it takes."];

        var result = await _synthesizer.SynthesizeAsync(narrations, new VoiceSettings("en-us", 175), _folder);

        Assert.Equal(2, result.Scenes.Count);
        Assert.All(result.Scenes, s => Assert.True(File.Exists(s.FilePath)));
        Assert.Equal(Path.Combine(_folder, "voice.wav"), result.CombinedFile);
        Assert.True(result.Scenes[1].SpeechDuration > result.Scenes[0].SpeechDuration, "the longer narration should take longer");
        Assert.Equal(result.Scenes[0].Duration, result.Scenes[1].Start);
        Assert.Equal(result.TotalDuration, result.Scenes[0].Duration + result.Scenes[1].Duration);

        var probed = await FFProbe.AnalyseAsync(result.CombinedFile);
        Assert.Equal(result.TotalDuration.TotalSeconds, probed.Duration.TotalSeconds, 0.05);
        var sceneProbe = await FFProbe.AnalyseAsync(result.Scenes[1].FilePath);
        Assert.Equal(result.Scenes[1].SpeechDuration.TotalSeconds, sceneProbe.Duration.TotalSeconds, 0.05);

        Assert.Equal("espeak-ng", result.Usage.Provider);
        Assert.Equal(narrations.Sum(n => n.Length), result.Usage.Characters);
        Assert.InRange(result.Usage.CpuSeconds, 0.001, result.Usage.WallSeconds * 2 + 0.5);
    }

    [Fact]
    public async Task SynthesizeAsync_SpeaksTextThatLooksLikeOptionsInsteadOfObeyingIt()
    {
        var sneaky = Path.Combine(_folder, "sneaky.wav");

        var result = await _synthesizer.SynthesizeAsync([$"-w {sneaky} --voices; rm -rf / $(echo hi)"], new VoiceSettings(), _folder);

        Assert.False(File.Exists(sneaky));
        Assert.True(result.Scenes[0].SpeechDuration > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SynthesizeAsync_WithAFasterRate_IsShorter()
    {
        string[] text = ["The quick brown fox jumps over the lazy dog, again and again, all afternoon."];

        var slow = await _synthesizer.SynthesizeAsync(text, new VoiceSettings("en-us", 130), Path.Combine(_folder, "slow"));
        var fast = await _synthesizer.SynthesizeAsync(text, new VoiceSettings("en-us", 260), Path.Combine(_folder, "fast"));

        Assert.True(fast.Scenes[0].SpeechDuration < slow.Scenes[0].SpeechDuration * 0.75);
    }

    [Fact]
    public async Task SynthesizeAsync_WithAnUnknownVoice_FailsPermanentlyNamingTheVoice()
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() => _synthesizer.SynthesizeAsync(["Hello."], new VoiceSettings("xx-nosuchvoice"), _folder));

        Assert.Equal("voice_error", ex.Reason);
        Assert.False(ex.IsTransient);
        Assert.Contains("'xx-nosuchvoice'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-w /tmp/evil.wav")]
    [InlineData("en us")]
    [InlineData("")]
    public async Task SynthesizeAsync_WithAVoiceNameThatIsNotAName_FailsBeforeRunningAnything(string voice)
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() => _synthesizer.SynthesizeAsync(["Hello."], new VoiceSettings(voice), _folder));

        Assert.Equal("voice_error", ex.Reason);
        Assert.False(File.Exists(Path.Combine(_folder, "scene_0.wav")));
    }

    [Fact]
    public async Task SynthesizeAsync_WhenEspeakIsMissing_FailsWithAClearVoiceError()
    {
        var synthesizer = new EspeakVoiceSynthesizer(TimeProvider.System) { Executable = "espeak-ng-not-installed" };

        var ex = await Assert.ThrowsAsync<GenerationException>(() => synthesizer.SynthesizeAsync(["Hello."], new VoiceSettings(), _folder));

        Assert.Equal("voice_error", ex.Reason);
        Assert.Contains("espeak-ng-not-installed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_WhenCancelled_Stops()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _synthesizer.SynthesizeAsync(["Hello."], new VoiceSettings(), _folder, cts.Token));
    }
}
