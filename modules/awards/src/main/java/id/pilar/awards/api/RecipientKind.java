package id.pilar.awards.api;

/** Who receives an award: a pillar member (a person) or an organisation (LKS, Karang Taruna). */
public enum RecipientKind { ANGGOTA, ORGANISASI }
