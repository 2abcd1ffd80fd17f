package com.benchcrm.function.httpapi.consultant;

import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.Consultants;

/** Registers {@code /v1/consultants} and {@code /v1/consultants/{id}}. */
public final class ConsultantRoutes {

    public static final String BASE = "/v1/consultants";

    private ConsultantRoutes() {
    }

    public static void register(Router router, Consultants consultants) {
        EntityRoutes.register(router, BASE, consultants, ConsultantInput.class);
    }
}
