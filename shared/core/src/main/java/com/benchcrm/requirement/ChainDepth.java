package com.benchcrm.requirement;

/**
 * How many firms stand between the tenant and the end client, as a vendor's mail states the chain:
 * 1 when the vendor works for the end client directly, plus one for a stated implementation partner
 * and one for a stated prime vendor. A lower bound: a mail may leave layers out.
 */
public final class ChainDepth {

    private ChainDepth() {}

    public static int of(String implementationPartner, String primeVendor) {
        return 1 + (blank(implementationPartner) ? 0 : 1) + (blank(primeVendor) ? 0 : 1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
