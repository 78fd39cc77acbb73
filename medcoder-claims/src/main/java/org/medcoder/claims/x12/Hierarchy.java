package org.medcoder.claims.x12;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.Claim;
import org.medcoder.claims.Patient;
import org.medcoder.claims.Payer;
import org.medcoder.claims.Subscriber;

/**
 * Claims grouped the way the 837 hierarchy requires (TR3 1.4.3 HL structure): billing provider (2000A) →
 * subscriber with payer (2000B) → patient when not the subscriber (2000C), in the order claims first appear.
 */
final class Hierarchy {

    /** A subscriber level: the subscriber's own claims and the claims of each dependent patient. */
    record SubscriberLevel(Subscriber subscriber, Payer payer, List<Claim> ownClaims, Map<Patient, List<Claim>> patients) {
    }

    /** A billing provider level with its subscriber levels. */
    record ProviderLevel(BillingProvider provider, List<SubscriberLevel> subscribers) {
    }

    private record SubscriberKey(Subscriber subscriber, Payer payer) {
    }

    private Hierarchy() {
    }

    static List<ProviderLevel> of(List<? extends Claim> claims) {
        Map<BillingProvider, Map<SubscriberKey, SubscriberLevel>> tree = new LinkedHashMap<>();
        for (Claim claim : claims) {
            var h = claim.header();
            SubscriberLevel level = tree.computeIfAbsent(h.billingProvider(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(new SubscriberKey(h.subscriber(), h.payer()),
                            k -> new SubscriberLevel(k.subscriber(), k.payer(), new ArrayList<>(), new LinkedHashMap<>()));
            if (h.patient().isEmpty()) {
                level.ownClaims().add(claim);
            } else {
                level.patients().computeIfAbsent(h.patient().get(), k -> new ArrayList<>()).add(claim);
            }
        }
        List<ProviderLevel> out = new ArrayList<>();
        tree.forEach((provider, subs) -> out.add(new ProviderLevel(provider, new ArrayList<>(subs.values()))));
        return out;
    }
}
