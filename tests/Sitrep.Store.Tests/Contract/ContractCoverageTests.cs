using System.Reflection;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>Every contract check runs in every backend's test class, as a test with the check's name.</summary>
public sealed class ContractCoverageTests
{
    public static TheoryData<string> Backends() => new(
        typeof(StoreContractTests).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(StoreContractTests)) && !t.IsAbstract)
            .Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Backends))]
    public void Every_contract_check_is_a_test_of_the_backend(string backend)
    {
        var type = typeof(StoreContractTests).Assembly.GetTypes().Single(t => t.Name == backend);
        var checks = typeof(StoreContractTests).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(m => m.Name.StartsWith("Check_", StringComparison.Ordinal))
            .Select(m => m.Name["Check_".Length..])
            .ToList();
        var tests = type.GetMethods(BindingFlags.Instance | BindingFlags.Public)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name.ToLowerInvariant())
            .ToHashSet();

        Assert.Equal(12, checks.Count);
        Assert.All(checks, c => Assert.Contains(c.ToLowerInvariant(), tests));
    }
}
