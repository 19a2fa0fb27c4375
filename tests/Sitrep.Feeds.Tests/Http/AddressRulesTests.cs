using System.Net;
using Sitrep.Feeds.Http;
using Xunit;

namespace Sitrep.Feeds.Tests.Http;

/// <summary>The address policy as a table of literals (no address here is ever connected to).</summary>
public sealed class AddressRulesTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.10.20", "link-local")]
    [InlineData("169.254.169.254", "cloud metadata")]
    [InlineData("100.100.100.200", "cloud metadata")]
    [InlineData("fd00:ec2::254", "cloud metadata")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.8", "private")]
    [InlineData("64:ff9b::a9fe:a9fe", "cloud metadata")]
    [InlineData("2002:c0a8:0101::1", "private")]
    public void Refuses_non_public_addresses_and_says_which_kind(string address, string kind)
    {
        var why = AddressRules.PublicOnly(IPAddress.Parse(address));
        Assert.NotNull(why);
        Assert.Contains(kind, why);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:1.1.1.1")]
    public void Allows_public_addresses(string address) => Assert.Null(AddressRules.PublicOnly(IPAddress.Parse(address)));

    [Fact]
    public void Allow_private_allows_everything() => Assert.Null(AddressRules.Any(IPAddress.Loopback));
}
