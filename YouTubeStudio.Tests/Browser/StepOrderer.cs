using Xunit.Abstractions;
using Xunit.Sdk;

namespace YouTubeStudio.Tests.Browser;

/// <summary>Runs test methods by their <see cref="StepAttribute"/> (then by name), so the journeys share one app in order.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string TypeName = "YouTubeStudio.Tests.Browser.StepOrderer";
    public const string AssemblyName = "YouTubeStudio.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases
            .OrderBy(tc => OrderOf(tc))
            .ThenBy(tc => tc.TestMethod.Method.Name, StringComparer.Ordinal)
            .ThenBy(tc => tc.DisplayName, StringComparer.Ordinal);

    private static int OrderOf(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName!)
            .Select(a => (int)a.GetConstructorArguments().First())
            .DefaultIfEmpty(int.MaxValue)
            .First();
}
