// Linked with the whole archive of one core layer and the layers below it (core/CMakeLists.txt): the program does
// nothing; that it links at all proves the layer calls nothing above it.
int main()
{
    return 0;
}
