using System.Net;
using System.Net.Sockets;

namespace Sitrep.Feeds.Http;

/// <summary>Decides whether an address may be connected to: null when it may, else why not ("a loopback address").</summary>
public delegate string? AddressRule(IPAddress address);

/// <summary>
/// The server-side request forgery policy. By default only public addresses may be reached: loopback, private,
/// link-local, carrier-grade NAT, unique-local IPv6, multicast, reserved and cloud-metadata addresses are refused,
/// including IPv4 addresses wrapped in IPv6 (mapped, NAT64, 6to4).
/// </summary>
public static class AddressRules
{
    /// <summary>Only public addresses.</summary>
    public static readonly AddressRule PublicOnly = Classify;

    /// <summary>Every address (<c>--allow-private</c>).</summary>
    public static readonly AddressRule Any = _ => null;

    private static readonly (byte[] Prefix, int Bits, string Kind)[] V4 =
    [
        ([169, 254, 169, 254], 32, "a cloud metadata address"),
        ([100, 100, 100, 200], 32, "a cloud metadata address"),
        ([0, 0, 0, 0], 8, "a 'this network' address"),
        ([10, 0, 0, 0], 8, "a private address"),
        ([100, 64, 0, 0], 10, "a carrier-grade NAT address"),
        ([127, 0, 0, 0], 8, "a loopback address"),
        ([169, 254, 0, 0], 16, "a link-local address"),
        ([172, 16, 0, 0], 12, "a private address"),
        ([192, 0, 0, 0], 24, "a reserved address"),
        ([192, 168, 0, 0], 16, "a private address"),
        ([198, 18, 0, 0], 15, "a reserved address"),
        ([224, 0, 0, 0], 4, "a multicast address"),
        ([240, 0, 0, 0], 4, "a reserved address"),
    ];

    private static readonly (byte[] Prefix, int Bits, string Kind)[] V6 =
    [
        ([0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54], 128, "a cloud metadata address"),
        ([0xfc], 7, "a unique-local address"),
        ([0xfe, 0x80], 10, "a link-local address"),
        ([0xfe, 0xc0], 10, "a site-local address"),
        ([0xff], 8, "a multicast address"),
    ];

    public static string? Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return address.Equals(IPAddress.Broadcast) ? "a broadcast address" : Match(bytes, V4);
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        if (address.Equals(IPAddress.IPv6None))
        {
            return "an unspecified address";
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that decides.
        if (In(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96))
        {
            return Classify(new IPAddress(bytes[12..16]));
        }

        if (In(bytes, [0x20, 0x02], 16))
        {
            return Classify(new IPAddress(bytes[2..6]));
        }

        return Match(bytes, V6);
    }

    private static string? Match(byte[] bytes, (byte[] Prefix, int Bits, string Kind)[] table) =>
        table.FirstOrDefault(r => In(bytes, r.Prefix, r.Bits)).Kind;

    private static bool In(byte[] address, byte[] prefix, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            var b = i / 8;
            var mask = 0x80 >> (i % 8);
            var want = b < prefix.Length ? prefix[b] & mask : 0;
            if ((address[b] & mask) != want)
            {
                return false;
            }
        }

        return true;
    }
}
