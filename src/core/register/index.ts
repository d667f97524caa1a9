// The receipt register (sổ nhận): first-seen times of received files, by content hash.
export * from "./receipt-register";
